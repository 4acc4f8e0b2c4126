package jp.mamori.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboard")
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/v1/programs/{pid}/dashboard")
    @Operation(summary = "National progress, per prefecture, history by day (MHLW_ADMIN, AUDITOR; a PREFECTURE user gets its own)")
    Dashboard dashboard(@PathVariable String pid) {
        return dashboards.dashboard(pid);
    }
}
