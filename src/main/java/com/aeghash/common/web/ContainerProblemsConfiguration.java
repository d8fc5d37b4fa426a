package com.aeghash.common.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problems for what the servlet container refuses before the application sees the request, such as a path that is
 * not percent-encoded UTF-8 ({@code /api/v1/members/%FF}): Tomcat answers those itself, with an HTML page by
 * default. Its error report valve is replaced by {@link ProblemReportValve}, which writes the same problem shape as
 * every other error (400 {@code malformed_request}).
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblemsConfiguration {

    /** After Spring Boot's own customizer, which installs the HTML valve this one replaces. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost standardHost) {
                        // else the host adds Tomcat's own valve when it starts, and that one reports first
                        standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
                    }
                    var host = context.getParent().getPipeline();
                    for (Valve valve : host.getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                            host.removeValve(valve);
                        }
                    }
                    host.addValve(new ProblemReportValve());
                });
            }
        };
    }

    /** Writes an error the container raised, when nothing was written yet, as a problem instead of HTML. */
    static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(JsonMapper.shared().writeValueAsString(problem(status)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException unwritable) {
                // the connection is gone or the response was committed meanwhile: nothing left to tell the client
            }
        }

        private static Map<String, Object> problem(int status) {
            HttpStatus known = HttpStatus.resolve(status);
            String code = status == 400 ? "malformed_request" : status >= 500 ? "internal_error" : "request_refused";
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://aeghash.com/problems/" + code);
            problem.put("title", known == null ? "Error" : known.getReasonPhrase());
            problem.put("status", status);
            problem.put(
                    "detail",
                    status == 400
                            ? "the request line is malformed (a path or query that is not percent-encoded UTF-8?)"
                            : "the server refused the request");
            problem.put("code", code);
            return problem;
        }
    }
}
