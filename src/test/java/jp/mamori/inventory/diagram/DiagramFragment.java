package jp.mamori.inventory.diagram;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The diagram fragment rendered as the case page will include it, without the application: the templates and
 * messages from the classpath, a mock request for the links.
 */
final class DiagramFragment {

    private static final SpringTemplateEngine ENGINE = engine();

    private DiagramFragment() {
    }

    static String render(DiagramLayout layout, Locale locale) {
        return render(DiagramElements.json(layout), layout.rows(), locale);
    }

    static String render(String elementsJson, List<DiagramRow> rows, Locale locale) {
        MockServletContext servlet = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse());
        var context = new WebContext(exchange, locale, Map.of("json", elementsJson, "rows", rows));
        return ENGINE.process("<div th:replace=\"~{fragments/diagram :: diagram(${json}, ${rows})}\"></div>", context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolvers(Set.of(files, strings));
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
