package vn.khien.agencies;

/**
 * Why an organisation without a business licence may still assess level 3+ systems (Decree 85/2016
 * Art. 20.2.c, last indent): it is a state public service organisation whose functions and tasks fit
 * the work, or a specialised organisation designated by the competent authority.
 */
public enum MandateKind {
    /** In the text: tổ chức sự nghiệp nhà nước có chức năng và nhiệm vụ phù hợp. */
    PUBLIC_SERVICE_FUNCTION,
    /** In the text: tổ chức chuyên môn được cấp có thẩm quyền chỉ định. */
    DESIGNATED
}
