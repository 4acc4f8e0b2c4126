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
 * The pages' safety net under explicit validation: input the database refuses is shown as a 422 page
 * saying what was wrong, not as a 500. The API's own answer is {@link ApiExceptionHandler}'s.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageInputNet {

    @ExceptionHandler(DataAccessException.class)
    Object database(DataAccessException e, HttpServletRequest request) throws DataAccessException {
        var problem = DatabaseInput.problem(e);
        if (problem.isEmpty()) {
            throw e; // not the caller's input: the usual 500 handling
        }
        if (request.getRequestURI().startsWith("/api/")) {
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
