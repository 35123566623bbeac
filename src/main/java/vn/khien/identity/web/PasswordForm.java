package vn.khien.identity.web;

import jakarta.validation.constraints.NotBlank;

record PasswordForm(
        @NotBlank(message = "{identity.password.error.current-required}")
        String currentPassword,

        @NotBlank(message = "{identity.password.error.new-required}")
        String newPassword,

        @NotBlank(message = "{identity.password.error.confirm-required}")
        String confirmPassword) {}
