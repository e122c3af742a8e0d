package org.hlc.learning.progress;

import java.util.UUID;

/**
 * One participant's progress (counted across the programmes they are in; a person is in one programme a season).
 *
 * @param modulesSeen modules of which the participant opened at least one released material
 * @param materialsRead released materials opened
 * @param webinarsAttended webinars whose latest attendance record says attended
 * @param webinarMinutes minutes present, summed over the latest record of each webinar
 */
public record Progress(UUID personId, int modulesSeen, int materialsRead, int submissionsOnTime, int submissionsLate,
        int reviewsGiven, int reviewsReceived, int coachFeedbackReceived, int postsWritten, int reflectionsGiven,
        int webinarsAttended, int webinarMinutes) {
}
