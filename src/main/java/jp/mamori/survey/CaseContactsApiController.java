package jp.mamori.survey;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.Contact;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Survey cases")
class CaseContactsApiController {

    private final CaseContacts contacts;

    CaseContactsApiController(CaseContacts contacts) {
        this.contacts = contacts;
    }

    record ContactsRequest(List<Contact> contacts) {
    }

    @PutMapping("/cases/{id}/contacts")
    @Operation(summary = "Replace the case's contacts (the hospital, its own case; the assigned contractor)")
    Map<String, Object> replace(@PathVariable long id, @RequestBody ContactsRequest r) {
        return CaseApiController.json(contacts.replace(id, r == null ? null : r.contacts()), true);
    }
}
