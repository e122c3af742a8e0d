package org.hlc.award.revision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line diff with a word diff inside each changed block, computed in Java (longest common subsequence after trimming
 * the common head and tail). Pure and deterministic.
 *
 * <p>Format: {@code lines} lists every line of both texts in order as {@code EQUAL} (in both), {@code DELETE} (only in
 * the old text, with its 1-based {@code oldLine}) or {@code INSERT} (only in the new text, with {@code newLine}).
 * {@code changes} lists each block of consecutive deleted/inserted lines with a word diff: tokens are runs of
 * non-space or of white space, so concatenating the {@code EQUAL}+{@code DELETE} tokens gives the old block and
 * {@code EQUAL}+{@code INSERT} the new one (lines joined with "\n"). When a block is too large for the word diff
 * ({@link #MAX_WORD_CELLS}), its {@code words} is absent; when the changed middle is too large for the line LCS
 * ({@link #MAX_LINE_CELLS}), the whole middle is shown as deleted then inserted.
 */
public final class TextDiff {
    static final long MAX_LINE_CELLS = 4_000_000;
    static final long MAX_WORD_CELLS = 1_000_000;
    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

    public enum Op {
        EQUAL, DELETE, INSERT
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(Op op, Integer oldLine, Integer newLine, String text) {
    }

    public record Word(Op op, String text) {
    }

    /** Lines {@code oldFrom..oldFrom+oldCount-1} replaced by {@code newFrom..newFrom+newCount-1} (1-based). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(int oldFrom, int oldCount, int newFrom, int newCount, List<Word> words) {
    }

    public record Diff(int fromVersion, int toVersion, int linesAdded, int linesRemoved, int linesUnchanged,
            List<Line> lines, List<Change> changes) {
    }

    private TextDiff() {
    }

    public static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\r?\n", -1));
    }

    public static Diff diff(int fromVersion, String oldText, int toVersion, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        List<Op> ops = diffOps(a, b);
        List<Line> lines = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        int added = 0;
        int removed = 0;
        int equal = 0;
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k) == Op.EQUAL) {
                lines.add(new Line(Op.EQUAL, i + 1, j + 1, a.get(i)));
                i++;
                j++;
                equal++;
                k++;
                continue;
            }
            int oldFrom = i;
            int newFrom = j;
            List<String> deleted = new ArrayList<>();
            List<String> inserted = new ArrayList<>();
            while (k < ops.size() && ops.get(k) != Op.EQUAL) {
                if (ops.get(k) == Op.DELETE) {
                    deleted.add(a.get(i));
                    lines.add(new Line(Op.DELETE, i + 1, null, a.get(i)));
                    i++;
                } else {
                    inserted.add(b.get(j));
                    lines.add(new Line(Op.INSERT, null, j + 1, b.get(j)));
                    j++;
                }
                k++;
            }
            removed += deleted.size();
            added += inserted.size();
            changes.add(new Change(oldFrom + 1, deleted.size(), newFrom + 1, inserted.size(),
                    words(String.join("\n", deleted), String.join("\n", inserted))));
        }
        return new Diff(fromVersion, toVersion, added, removed, equal, lines, changes);
    }

    /** Word diff of two blocks, or null when the block is too large. */
    static List<Word> words(String oldBlock, String newBlock) {
        List<String> a = tokens(oldBlock);
        List<String> b = tokens(newBlock);
        if ((long) a.size() * b.size() > MAX_WORD_CELLS) {
            return null;
        }
        List<Op> ops = diffOps(a, b);
        List<Word> words = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Op op : ops) {
            String token = switch (op) {
                case EQUAL -> {
                    j++;
                    yield a.get(i++);
                }
                case DELETE -> a.get(i++);
                case INSERT -> b.get(j++);
            };
            Word last = words.isEmpty() ? null : words.get(words.size() - 1);
            if (last != null && last.op() == op) {
                words.set(words.size() - 1, new Word(op, last.text() + token));
            } else {
                words.add(new Word(op, token));
            }
        }
        return words;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Edit script turning {@code a} into {@code b}: deletions before insertions within a changed block. */
    static List<Op> diffOps(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> ops = new ArrayList<>();
        for (int x = 0; x < head; x++) {
            ops.add(Op.EQUAL);
        }
        List<String> midA = a.subList(head, a.size() - tail);
        List<String> midB = b.subList(head, b.size() - tail);
        int n = midA.size();
        int m = midB.size();
        if ((long) n * m > MAX_LINE_CELLS) {
            for (int x = 0; x < n; x++) {
                ops.add(Op.DELETE);
            }
            for (int x = 0; x < m; x++) {
                ops.add(Op.INSERT);
            }
        } else {
            // lcs[x][y] = LCS length of midA[x..] and midB[y..]
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = midA.get(x).equals(midB.get(y)) ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            List<Op> pendingInserts = new ArrayList<>();
            while (x < n || y < m) {
                if (x < n && y < m && midA.get(x).equals(midB.get(y))) {
                    ops.addAll(pendingInserts);
                    pendingInserts.clear();
                    ops.add(Op.EQUAL);
                    x++;
                    y++;
                } else if (y < m && (x == n || lcs[x][y + 1] > lcs[x + 1][y])) {
                    pendingInserts.add(Op.INSERT);
                    y++;
                } else {
                    ops.add(Op.DELETE);
                    x++;
                }
            }
            ops.addAll(pendingInserts);
        }
        for (int x = 0; x < tail; x++) {
            ops.add(Op.EQUAL);
        }
        return ops;
    }
}
