package vn.khien.systems.web;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.khien.systems.SystemDetails.ComponentLine;

/**
 * The system form's components, typed one per line as {@code level | name | description}, which keeps
 * the form usable without scripts. A line never fails here: what does not read becomes a line without
 * a level or name, which the application reports by its number.
 */
final class ComponentLinesEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        List<ComponentLine> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(read(line));
                }
            }
        }
        setValue(lines);
    }

    @Override
    @SuppressWarnings("unchecked")
    public String getAsText() {
        List<ComponentLine> lines = (List<ComponentLine>) getValue();
        return lines == null
                ? ""
                : lines.stream()
                        .map(c ->
                                c.level() + " | " + c.name() + (c.description() == null ? "" : " | " + c.description()))
                        .collect(Collectors.joining("\n"));
    }

    private static ComponentLine read(String line) {
        String[] parts = line.split("\\|", 3);
        Integer level = parts[0].strip().matches("\\d") ? Integer.valueOf(parts[0].strip()) : null;
        String name = parts.length > 1 ? parts[1].strip() : null;
        String description = parts.length > 2 ? parts[2].strip() : null;
        return new ComponentLine(name, description, level);
    }
}
