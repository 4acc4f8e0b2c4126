package jp.mamori.notify;

import java.util.Locale;
import java.util.Map;

import jp.mamori.notify.domain.MailText;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Japanese plain-text mail templates ({@code templates/mail/*.txt}): first line subject, then body.
 * Its own engine, not a bean: a second engine or resolver bean would change the pages' Thymeleaf set-up.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        engine.setTemplateResolver(resolver);
    }

    /** Mail is always Japanese, whatever language the person who caused it reads the pages in. */
    MailText render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.JAPANESE);
        model.forEach((k, v) -> context.setVariable(k, v instanceof String s ? MailText.oneLine(s) : v));
        return MailText.split(engine.process(template, context));
    }
}
