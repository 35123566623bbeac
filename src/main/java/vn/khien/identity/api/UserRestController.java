package vn.khien.identity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.identity.Role;
import vn.khien.identity.application.UserFilter;
import vn.khien.identity.application.UserManagement;
import vn.khien.identity.application.UserQueries;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "Accounts, roles and agency scope")
class UserRestController {

    private final UserManagement management;
    private final UserQueries queries;

    UserRestController(UserManagement management, UserQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping("/me")
    UserResponse me(Principal principal) {
        return user(principal.getName());
    }

    @GetMapping("/users")
    PageResponse<UserResponse> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var result = queries.list(new UserFilter(q, role, agency, enabled), Paging.of(page, size));
        return new PageResponse<>(
                result.items().stream().map(UserResponse::of).toList(), result.page(), result.size(), result.total());
    }

    @GetMapping("/users/{username}")
    UserResponse user(@PathVariable String username) {
        return queries.find(username)
                .map(UserResponse::of)
                .orElseThrow(() -> new ObjectNotFoundException("user", username));
    }

    @PostMapping("/users")
    ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
        String username = management.create(request.toNewUser());
        return ResponseEntity.created(URI.create("/api/v1/users/" + username)).body(user(username));
    }

    @PostMapping("/users/{username}/disable")
    UserResponse disable(@PathVariable String username) {
        management.disable(username);
        return user(username);
    }

    @PostMapping("/users/{username}/enable")
    UserResponse enable(@PathVariable String username) {
        management.enable(username);
        return user(username);
    }
}
