package com.aeghash.console.internal;

import com.aeghash.common.MemberIds;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** A member's charts (POINT balance over time, bonus income by type), loaded into the member page by htmx. */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class MemberChartsController {

    private final MemberCharts charts;
    private final JsonMapper json;

    MemberChartsController(MemberCharts charts, JsonMapper json) {
        this.charts = charts;
        this.json = json;
    }

    @GetMapping("/console/members/charts")
    String charts(@RequestParam String memberId, @RequestParam(defaultValue = "30") int chartDays, Model model) {
        String id = MemberIds.require(memberId, "memberId");
        List<Chart> drawn = charts.charts(id, chartDays);
        model.addAttribute("charts", drawn);
        model.addAttribute(
                "chartJson",
                drawn.stream().collect(Collectors.toMap(Chart::id, chart -> json.writeValueAsString(chart.drawing()))));
        return "console/charts :: list";
    }
}
