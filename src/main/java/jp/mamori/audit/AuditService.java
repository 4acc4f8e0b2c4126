package jp.mamori.audit;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Reading the trail: the ministry and the auditor only. The URL rules in the security configuration say the
 * same; this check stays so no future caller can bypass them (audit cannot depend on the security module,
 * which writes to it).
 */
@Service
class AuditService {

    private final AuditRepository repository;

    AuditService(AuditRepository repository) {
        this.repository = repository;
    }

    AuditRepository.Page search(AuditQuery query) {
        requireReader();
        return repository.search(query);
    }

    List<String> actions() {
        requireReader();
        return repository.actions();
    }

    private static void requireReader() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_MHLW_ADMIN") || a.getAuthority().equals("ROLE_AUDITOR"));
        if (!allowed) {
            throw new AccessDeniedException("監査ログを見る権限がありません。");
        }
    }
}
