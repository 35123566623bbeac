package vn.khien.monitoring.application;

import vn.khien.monitoring.domain.NormalisedAlert;

/** One alert as a COPY row, in the order of {@link AlertWriter#COLUMNS}; texts clipped to their columns. */
final class AlertRows {

    private AlertRows() {}

    static void append(CopyText out, PreparedAlert p, AlertWriter.Batch batch) {
        NormalisedAlert a = p.alert();
        SystemTarget t = p.target();
        out.add(p.day())
                .add(p.eventHash())
                .add(batch.receivedAt())
                .add(p.eventTime())
                .add(batch.organisation())
                .add(batch.tokenId())
                .add(batch.format())
                .add(CopyText.clip(a.sensor(), 255))
                .add(CopyText.clip(a.tool(), 100))
                .add(CopyText.clip(a.ruleId(), 200))
                .add(CopyText.clip(a.ruleName(), 500))
                .add(a.severity().rank())
                .add(a.srcIp())
                .add(a.srcPort())
                .add(a.dstIp())
                .add(a.dstPort())
                .add(CopyText.clip(a.protocol(), 40))
                .add(CopyText.clip(a.hostname(), 255))
                .add(CopyText.clip(a.user(), 200))
                .add(t == null ? null : t.systemCode())
                .add(t == null ? null : t.ownerCode())
                .add(t == null ? null : t.approvedLevel())
                .add(p.fingerprint())
                .add(p.windowStart())
                .add(a.raw())
                .endRow();
    }
}
