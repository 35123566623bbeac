package vn.khien.monitoring.application;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.AlertImport;
import vn.khien.monitoring.IntakeResult;

@Service
class AlertLineImport implements AlertImport {

    private final AlertIntake intake;
    private final Senders senders;
    private final AssetIndex index;
    private final PromotionManagement promotion;

    AlertLineImport(AlertIntake intake, Senders senders, AssetIndex index, PromotionManagement promotion) {
        this.intake = intake;
        this.senders = senders;
        this.index = index;
        this.promotion = promotion;
    }

    @Override
    public IntakeResult importLines(String organisation, AlertFormat format, List<String> lines) {
        index.refresh();
        return intake.ingestLines(senders.ofSource(organisation), format, lines);
    }

    @Override
    public int promote(Instant now) {
        return promotion.evaluate(now);
    }
}
