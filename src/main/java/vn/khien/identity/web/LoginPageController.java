package vn.khien.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khien.identity.application.SingleSignOnRefused;
import vn.khien.identity.application.SingleSignOnSettings;

@Controller
class LoginPageController {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final SingleSignOnSettings settings;

    LoginPageController(ObjectProvider<ClientRegistrationRepository> registrations, SingleSignOnSettings settings) {
        this.registrations = registrations;
        this.settings = settings;
    }

    /** A single sign-on button per configured provider ("Đăng nhập bằng …"); none without a provider. */
    record SignOnOption(String id, String path, String name) {}

    @GetMapping("/login")
    String login(@RequestParam(required = false) String refused, Model model) {
        model.addAttribute("signOnOptions", signOnOptions());
        if (refused != null) {
            // only known reasons reach the page: the parameter is the visitor's, the text is ours
            model.addAttribute(
                    "refusal",
                    SingleSignOnRefused.Reason.ofCode(refused)
                            .map(reason -> "login.sso.refused." + reason.code())
                            .orElse("login.sso.refused.provider"));
        }
        return "identity/login";
    }

    private List<SignOnOption> signOnOptions() {
        List<SignOnOption> options = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                String id = registration.getRegistrationId();
                String name = settings.buttonName().isEmpty() ? registration.getClientName() : settings.buttonName();
                options.add(new SignOnOption(id, "/oauth2/authorization/" + id, name));
            }
        }
        return options;
    }
}
