package org.hlc.learning.programme;

/** The module topics of the programme. */
final class Topics {
    static final String PATTERN = "finance-and-revenue-models|social-entrepreneurship|social-innovation|prototyping"
            + "|political-conflict|communication|upscaling";
    static final String MESSAGE = "must be one of finance-and-revenue-models, social-entrepreneurship, "
            + "social-innovation, prototyping, political-conflict, communication, upscaling";

    private Topics() {
    }
}
