package vn.khien.monitoring.application;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.khien.systems.NetworkAssetChanged;
import vn.khien.systems.ServiceArrangementChanged;
import vn.khien.systems.SystemRetired;
import vn.khien.systems.SystemsImported;

/** Keeps the {@link AssetIndex} current: at start and after every change to assets or arrangements. */
@Component
class AssetIndexRefresher {

    private final AssetIndex index;

    AssetIndexRefresher(AssetIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        index.refresh();
    }

    @ApplicationModuleListener
    void on(NetworkAssetChanged event) {
        index.refresh();
    }

    @ApplicationModuleListener
    void on(ServiceArrangementChanged event) {
        index.refresh();
    }

    @ApplicationModuleListener
    void on(SystemsImported event) {
        index.refresh();
    }

    @ApplicationModuleListener
    void on(SystemRetired event) {
        index.refresh();
    }
}
