package vn.khien.assessments.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.khien.identity.AccessPolicy;

/** Whether the user follows the whole province (campaigns tab); the services check access again. */
@ControllerAdvice(basePackageClasses = AssessmentsAdvice.class)
class AssessmentsAdvice {

    private final AccessPolicy policy;

    AssessmentsAdvice(AccessPolicy policy) {
        this.policy = policy;
    }

    @ModelAttribute("provinceWide")
    boolean provinceWide() {
        return policy.currentScope().allAgencies();
    }
}
