package vn.khien.agencies;

import static vn.khien.agencies.AgencyData.blankToNull;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.khien.agencies.domain.Appointment;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;
import vn.khien.shared.PhoneNumbers;

/**
 * A focal point's appointment as entered on the page ({@code /agencies/{code}/focal-points/{role}}),
 * sent to {@code PUT /api/v1/agencies/{code}/focal-points/{role}} or read from a spreadsheet row; the
 * term starts today when no date is given. The annotations check the shape where a form or body is
 * bound; {@link #problems()} checks the formats again for the spreadsheet, which no binder sees.
 */
public record AppointmentData(
        @NotBlank @Size(max = 300) String unitName,
        @NotBlank @Size(max = 200) String personName,
        @NotBlank @Size(max = 200) String position,
        @NotBlank @Size(max = 40) String phone,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 100) String decisionNumber,
        LocalDate appointedOn,
        @Size(max = 200) String deputyName,
        @Size(max = 40) String deputyPhone,
        @Email @Size(max = 254) String deputyEmail,
        LocalDate validFrom) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    void check() {
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Every problem at once, so a form or a spreadsheet row shows them all together. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "unitName", unitName);
        required(problems, "personName", personName);
        required(problems, "position", position);
        if (required(problems, "phone", phone) && !PhoneNumbers.plausible(phone)) {
            problems.add(new FieldProblem("phone", "agencies.focal-point.error.phone", List.of()));
        }
        if (required(problems, "email", email) && !EMAIL.matcher(email.strip()).matches()) {
            problems.add(new FieldProblem("email", "agencies.focal-point.error.email", List.of()));
        }
        if (blankToNull(deputyEmail) != null
                && !EMAIL.matcher(deputyEmail.strip()).matches()) {
            problems.add(new FieldProblem("deputyEmail", "agencies.focal-point.error.email", List.of()));
        }
        if (blankToNull(deputyPhone) != null && !PhoneNumbers.plausible(deputyPhone)) {
            problems.add(new FieldProblem("deputyPhone", "agencies.focal-point.error.phone", List.of()));
        }
        return problems;
    }

    private static boolean required(List<FieldProblem> problems, String field, String value) {
        if (blankToNull(value) == null) {
            problems.add(new FieldProblem(field, "agencies.error.required", List.of()));
            return false;
        }
        return true;
    }

    /** The term the registry keeps (used inside the agencies module); checks first. */
    public Appointment toAppointment(LocalDate today) {
        check();
        LocalDate start = validFrom != null ? validFrom : appointedOn != null ? appointedOn : today;
        return new Appointment(
                unitName.strip(),
                personName.strip(),
                position.strip(),
                phone.strip(),
                email.strip(),
                blankToNull(decisionNumber),
                appointedOn,
                blankToNull(deputyName),
                blankToNull(deputyPhone),
                blankToNull(deputyEmail),
                start);
    }
}
