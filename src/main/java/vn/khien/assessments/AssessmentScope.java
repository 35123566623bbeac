package vn.khien.assessments;

/**
 * What an assessment covers. Decree 85/2016 Art. 20.2.c asks for two different things: every two years
 * an overall assessment of the security and risk of the whole organisation (first indent) and a periodic
 * one for each level 3+ system. Only the first meets the organisation review.
 */
// first indent: "tổng thể trong hoạt động của cơ quan, tổ chức mình"
public enum AssessmentScope {
    /** The systems listed in scope, one by one. */
    SYSTEMS,
    /** The whole organisation's security and risk, with the listed systems examined as part of it. */
    WHOLE_ORGANISATION
}
