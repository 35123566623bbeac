package vn.khien.demo;

/** The usual title of an agency's head by its kind and name, for the demo province. */
final class HeadPositions {

    private HeadPositions() {}

    static String of(String kind, String name) {
        return switch (kind) {
            case "PROVINCIAL_COMMITTEE" -> "Chủ tịch Ủy ban nhân dân thành phố";
            case "DISTRICT_COMMITTEE" -> "Chủ tịch Ủy ban nhân dân huyện";
            case "COMMUNE_COMMITTEE" -> name.contains(" xã ") ? "Chủ tịch UBND xã" : "Chủ tịch UBND phường";
            case "PROVINCIAL_POLICE" -> "Giám đốc Công an thành phố";
            case "MILITARY_COMMAND" -> "Chỉ huy trưởng";
            case "TELECOM_OPERATOR" -> "Giám đốc";
            case "PUBLIC_SERVICE_UNIT" -> name.startsWith("Báo") ? "Tổng Biên tập" : "Giám đốc";
            default -> department(name);
        };
    }

    private static String department(String name) {
        if (name.startsWith("Sở")) {
            return "Giám đốc Sở";
        }
        if (name.startsWith("Văn phòng")) {
            return "Chánh Văn phòng";
        }
        if (name.startsWith("Thanh tra")) {
            return "Chánh Thanh tra";
        }
        return name.startsWith("Ban") ? "Trưởng ban" : "Thủ trưởng cơ quan";
    }
}
