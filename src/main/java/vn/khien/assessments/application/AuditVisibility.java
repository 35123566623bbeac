package vn.khien.assessments.application;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.ObjectVisibility;

/** The audit history of each assessment object type is visible to whoever may see the object itself. */
final class AuditVisibility {

    private AuditVisibility() {}

    static boolean visible(String objectId, java.util.function.Consumer<UUID> check) {
        Optional<UUID> id;
        try {
            id = Optional.of(UUID.fromString(objectId));
        } catch (IllegalArgumentException e) {
            id = Optional.empty();
        }
        try {
            id.ifPresentOrElse(check, () -> {
                throw new ObjectNotFoundException("object", objectId);
            });
            return true;
        } catch (ObjectNotFoundException e) {
            return false;
        }
    }

    @Component
    static class Assessments implements ObjectVisibility {
        private final AssessmentManagement management;
        private final AssessmentAccess access;

        Assessments(AssessmentManagement management, AssessmentAccess access) {
            this.management = management;
            this.access = access;
        }

        @Override
        public String objectType() {
            return "assessment";
        }

        @Override
        public boolean maySee(String objectId) {
            return visible(objectId, id -> management.visible(access.viewer(), id));
        }
    }

    @Component
    static class Findings implements ObjectVisibility {
        private final FindingManagement management;
        private final AssessmentAccess access;

        Findings(FindingManagement management, AssessmentAccess access) {
            this.management = management;
            this.access = access;
        }

        @Override
        public String objectType() {
            return "finding";
        }

        @Override
        public boolean maySee(String objectId) {
            return visible(objectId, id -> management.visible(access.viewer(), id));
        }
    }

    @Component
    static class Plans implements ObjectVisibility {
        private final PlanManagement management;
        private final AssessmentAccess access;

        Plans(PlanManagement management, AssessmentAccess access) {
            this.management = management;
            this.access = access;
        }

        @Override
        public String objectType() {
            return "assessment-plan";
        }

        @Override
        public boolean maySee(String objectId) {
            return visible(objectId, id -> management.visible(access.viewer(), id));
        }
    }

    @Component
    static class Campaigns implements ObjectVisibility {
        private final CampaignManagement management;

        Campaigns(CampaignManagement management) {
            this.management = management;
        }

        @Override
        public String objectType() {
            return "campaign";
        }

        @Override
        public boolean maySee(String objectId) {
            return visible(objectId, management::campaign);
        }
    }
}
