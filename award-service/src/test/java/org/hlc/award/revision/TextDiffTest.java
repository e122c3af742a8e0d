package org.hlc.award.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.hlc.award.revision.TextDiff.Diff;
import org.hlc.award.revision.TextDiff.Line;
import org.hlc.award.revision.TextDiff.Op;
import org.hlc.award.revision.TextDiff.Word;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void unchanged_lines_are_equal_and_changed_ones_deleted_then_inserted_with_a_word_diff() {
        Diff diff = TextDiff.diff(1, "Solar kiosks sell water.\nBy the litre.", 2,
                "Solar kiosks sell clean water.\nBy the litre.\n14 kiosks today.");

        assertThat(diff.lines()).containsExactly(
                new Line(Op.DELETE, 1, null, "Solar kiosks sell water."),
                new Line(Op.INSERT, null, 1, "Solar kiosks sell clean water."),
                new Line(Op.EQUAL, 2, 2, "By the litre."),
                new Line(Op.INSERT, null, 3, "14 kiosks today."));
        assertThat(diff.linesAdded()).isEqualTo(2);
        assertThat(diff.linesRemoved()).isEqualTo(1);
        assertThat(diff.linesUnchanged()).isEqualTo(1);
        assertThat(diff.changes()).hasSize(2);
        assertThat(diff.changes().get(0).words()).containsExactly(new Word(Op.EQUAL, "Solar kiosks sell "),
                new Word(Op.INSERT, "clean "), new Word(Op.EQUAL, "water."));
        assertThat(diff.changes().get(1).oldCount()).isZero();
    }

    @Test
    void word_diffs_rebuild_the_old_and_the_new_block() {
        String old = "We sell water by the litre\nin Kisumu and Siaya, since 2019.";
        String revised = "We sell clean water by the jerrycan\nin Kisumu, Siaya and Migori since 2019!";
        Diff diff = TextDiff.diff(1, old, 3, revised);

        List<Word> words = diff.changes().get(0).words();
        assertThat(words.stream().filter(w -> w.op() != Op.INSERT).map(Word::text).collect(Collectors.joining()))
                .isEqualTo(old);
        assertThat(words.stream().filter(w -> w.op() != Op.DELETE).map(Word::text).collect(Collectors.joining()))
                .isEqualTo(revised);
        assertThat(diff.toVersion()).isEqualTo(3);
    }

    @Test
    void identical_texts_have_no_changes_and_an_empty_original_is_all_insertions() {
        assertThat(TextDiff.diff(1, "a\nb", 2, "a\nb").changes()).isEmpty();
        Diff fromNothing = TextDiff.diff(1, "", 2, "a\nb");
        assertThat(fromNothing.lines()).extracting(Line::op).containsExactly(Op.INSERT, Op.INSERT);
    }

    @Test
    void a_moved_paragraph_is_one_deletion_and_one_insertion_around_the_common_lines() {
        Diff diff = TextDiff.diff(1, "a\nb\nc\nd", 2, "b\nc\nd\na");
        assertThat(diff.lines()).extracting(Line::op).containsExactly(Op.DELETE, Op.EQUAL, Op.EQUAL, Op.EQUAL,
                Op.INSERT);
    }
}
