package vn.khien.monitoring.syslog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Between the network threads and the intake: a bounded queue drained by one writer in batches (per
 * sending organisation). Syslog has no acknowledgement, so a full queue drops the message and counts
 * it rather than letting memory grow.
 */
final class SyslogQueue implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(SyslogQueue.class);
    private final BlockingQueue<String[]> queue;
    private final SyslogServer.Sink sink;
    private final SyslogSettings settings;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running = true;

    SyslogQueue(SyslogServer.Sink sink, SyslogSettings settings) {
        this.queue = new ArrayBlockingQueue<>(settings.queueLines());
        this.sink = sink;
        this.settings = settings;
    }

    void offer(String organisation, String line) {
        if (!line.isBlank() && !queue.offer(new String[] {organisation, line})) {
            if (dropped.incrementAndGet() % 10_000 == 1) {
                log.warn("Syslog intake queue full: {} messages dropped so far", dropped.get());
            }
        }
    }

    long dropped() {
        return dropped.get();
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        List<String[]> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                String[] first = queue.poll(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, settings.batchLines() - 1);
                }
                if (!batch.isEmpty()) {
                    write(batch);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Syslog batch of {} lines not stored: {}", batch.size(), e.getMessage());
                batch.clear();
            }
        }
    }

    private void write(List<String[]> batch) {
        Map<String, List<String>> byOrganisation = new HashMap<>();
        for (String[] entry : batch) {
            byOrganisation.computeIfAbsent(entry[0], k -> new ArrayList<>()).add(entry[1]);
        }
        byOrganisation.forEach(sink::write);
    }
}
