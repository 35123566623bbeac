package vn.khien.shared.files;

import vn.khien.shared.AuditableEvent;

/** ClamAV found a signature in an upload; the file was not kept. Recorded even though the upload failed. */
public record InfectedUploadRefused(String sha256, String filename, String signature) implements AuditableEvent {

    @Override
    public String action() {
        return "files.upload.infected";
    }

    @Override
    public String objectType() {
        return "file";
    }

    @Override
    public String objectId() {
        return sha256;
    }

    @Override
    public String after() {
        return filename + " signature=" + signature;
    }
}
