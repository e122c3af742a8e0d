package org.hlc.learning.progress;

import java.util.UUID;

/** One participant's progress across the programme. */
public record Progress(UUID personId, int submissionsOnTime, int submissionsLate, int reviewsGiven,
        int reviewsReceived, int coachFeedbackReceived, int postsWritten, int reflectionsGiven, int webinarsAttended,
        int webinarMinutes) {
}
