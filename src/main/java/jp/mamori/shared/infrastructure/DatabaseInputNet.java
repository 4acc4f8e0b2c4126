package jp.mamori.shared.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The safety net under explicit validation, for pages and API alike: input the database refuses (too long,
 * a NUL, a malformed number) is a 422 saying what was wrong, a page for people and problem+json for the API,
 * never a 500. The transaction has rolled back, so nothing was stored.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseInputNet {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DatabaseInputNet.class);

    @ExceptionHandler(DataAccessException.class)
    Object database(DataAccessException e, HttpServletRequest request) throws DataAccessException {
        var problem = DatabaseInput.problem(e);
        boolean api = request.getRequestURI().startsWith("/api/");
        if (problem.isEmpty()) {
            if (api) {
                log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
                return ApiExceptionHandler.forStatus(HttpStatus.INTERNAL_SERVER_ERROR, request.getMethod(), request.getRequestURI());
            }
            throw e; // not the caller's input: the pages' usual 500 handling
        }
        if (api) {
            return ApiExceptionHandler.problem(HttpStatus.UNPROCESSABLE_ENTITY, problem.get().code(), "入力内容に誤りがあります",
                    problem.get().message(), java.util.List.of(problem.get()));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        page.addObject("status", 422);
        page.addObject("inputProblem", problem.get().message());
        return page;
    }
}
