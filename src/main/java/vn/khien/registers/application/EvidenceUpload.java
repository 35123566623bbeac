package vn.khien.registers.application;

import java.io.InputStream;

/** A file as the user sent it: the declared name (checked, never used as a path) and its bytes. */
public record EvidenceUpload(String fileName, InputStream content) {}
