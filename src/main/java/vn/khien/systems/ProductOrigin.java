package vn.khien.systems;

/** Directive 14/CT-TTg prefers domestic security products for level 3+ and e-government systems. */
public enum ProductOrigin {
    DOMESTIC,
    FOREIGN
}
