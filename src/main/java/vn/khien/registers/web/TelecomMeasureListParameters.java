package vn.khien.registers.web;

import vn.khien.registers.application.TelecomMeasureFilter;

/** The telecom measure list's filters as its page and export links send them. */
record TelecomMeasureListParameters(String agency, String q) {

    TelecomMeasureFilter toFilter() {
        return new TelecomMeasureFilter(agency, q);
    }
}
