package vn.khien.scoring.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/** Where each column is: found by its header (or its key), else where the written file puts it. */
final class SheetHeader {

    private final Sheet sheet;
    private final SheetWords words;

    SheetHeader(Sheet sheet, SheetWords words) {
        this.sheet = sheet;
        this.words = words;
    }

    Map<String, Integer> columns(List<String> keys) {
        Map<String, Integer> found = new HashMap<>();
        for (int c = 0; c < keys.size() + 10; c++) {
            String folded = SheetWords.fold(SheetCells.text(sheet, 0, c));
            for (String key : keys) {
                boolean named = folded.equals(SheetWords.fold(words.text(SetSheetLayout.header(key))))
                        || folded.equals(SheetWords.fold(key));
                if (named && !found.containsKey(key)) {
                    found.put(key, c);
                }
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            found.putIfAbsent(keys.get(i), i);
        }
        return found;
    }
}
