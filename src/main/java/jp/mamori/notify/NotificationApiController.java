package jp.mamori.notify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.JapaneseDates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications")
class NotificationApiController {

    private final NotificationAdmin admin;

    NotificationApiController(NotificationAdmin admin) {
        this.admin = admin;
    }

    record NotificationView(long id, String event, String hospitalCode, String prefectureCode, List<String> to,
                            String subject, String status, int attempts, OffsetDateTime createdAt, OffsetDateTime sentAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.event(), n.hospitalCode(), n.prefectureCode(), n.to(), n.subject(),
                    n.status().name(), n.attempts(), tokyo(n.createdAt()), tokyo(n.sentAt()));
        }
    }

    record NotificationList(List<NotificationView> notifications) {
    }

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "Every notification, newest first, optionally of one status (MHLW_ADMIN)")
    NotificationList list(@RequestParam(required = false) String status) {
        return new NotificationList(admin.list(status, null, null).stream().map(NotificationView::of).toList());
    }

    private static OffsetDateTime tokyo(Instant instant) {
        return instant == null ? null : instant.atZone(JapaneseDates.TOKYO).toOffsetDateTime();
    }
}
