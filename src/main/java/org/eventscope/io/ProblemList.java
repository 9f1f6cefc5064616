package org.eventscope.io;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The problems of one input in bounded memory, however many the input has: the first
 * {@link #LIMIT} in file order in full (however late each was found), then only counts per kind (severity and the path with its indexes
 * left out, e.g. {@code /events/∗/start}), at most {@link #KINDS} kinds. {@link #withSummary()}
 * gives the kept problems followed by one line per kind left out ("and 4,999,000 more errors
 * like these"), which every place that lists problems shows as it is.
 */
public final class ProblemList extends AbstractList<Problem> {

    /** Problems kept in full. */
    public static final int LIMIT = 1000;
    /** Kinds counted separately once the limit is reached; the rest are counted together. */
    static final int KINDS = 50;

    /** In file order: the problems at the first positions, however late they were found. */
    private static final Comparator<Problem> FILE_ORDER =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    /** The kept problems, the last in file order on top, so a problem found later but earlier in the file can take its place. */
    private final PriorityQueue<Problem> kept = new PriorityQueue<>(FILE_ORDER.reversed());

    private @Nullable List<Problem> ordered;
    private final Map<String, long[]> left = new LinkedHashMap<>();
    private final Map<String, Problem> firstLeft = new LinkedHashMap<>();
    private final int limit;
    private long errors;
    private long warnings;

    public ProblemList() {
        this(LIMIT);
    }

    ProblemList(int limit) {
        this.limit = limit;
    }

    @Override
    public boolean add(Problem p) {
        if (p.isError()) {
            errors += p.count();
        } else {
            warnings += p.count();
        }
        ordered = null;
        if (kept.size() < limit) {
            kept.add(p);
        } else if (FILE_ORDER.compare(p, kept.peek()) < 0) {
            leaveOut(kept.poll());
            kept.add(p);
        } else {
            leaveOut(p);
        }
        return true;
    }

    private void leaveOut(Problem p) {
        String kind = p.severity() + " " + shape(p.path());
        if (!left.containsKey(kind) && left.size() >= KINDS) {
            kind = p.severity() + " *";
        }
        left.computeIfAbsent(kind, k -> new long[1])[0] += p.count();
        Problem first = firstLeft.get(kind);
        if (first == null || FILE_ORDER.compare(p, first) < 0) {
            firstLeft.put(kind, p);
        }
    }

    private List<Problem> ordered() {
        List<Problem> list = ordered;
        if (list == null) {
            list = new ArrayList<>(kept);
            list.sort(FILE_ORDER);
            ordered = list;
        }
        return list;
    }

    @Override
    public Problem get(int index) {
        return ordered().get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** The kept problems are always in file order; {@code order} may only refine it. */
    @Override
    public void sort(Comparator<? super Problem> order) {
        ordered().sort(order);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public long errorCount() {
        return errors;
    }

    public long warningCount() {
        return warnings;
    }

    /** The kept problems, then a line for each kind that was left out. */
    public List<Problem> withSummary() {
        if (left.isEmpty()) {
            return List.copyOf(ordered());
        }
        List<Problem> out = new ArrayList<>(kept.size() + left.size());
        out.addAll(ordered());
        for (Map.Entry<String, long[]> e : left.entrySet()) {
            Problem first = java.util.Objects.requireNonNull(firstLeft.get(e.getKey()));
            long n = e.getValue()[0];
            if (n == 1) {
                out.add(first);
                continue;
            }
            String where = e.getKey().substring(e.getKey().indexOf(' ') + 1);
            String what = Messages.count(n, first.isError() ? "count.error" : "count.warning");
            out.add(new Problem(
                    first.severity(),
                    first.file(),
                    0,
                    0,
                    where.equals("*") ? "" : where,
                    Messages.get("read.moreLikeThese", what, first.message(), first.line() + ":" + first.column()),
                    n));
        }
        return out;
    }

    /** The path with each array index written as {@code *}: {@code /events/12/start} → {@code /events/∗/start}. */
    static String shape(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            int end = path.indexOf('/', i + 1);
            if (end < 0) {
                end = path.length();
            }
            String segment = path.substring(i, end);
            boolean index = segment.length() > 1;
            for (int k = 1; k < segment.length() && index; k++) {
                index = Character.isDigit(segment.charAt(k));
            }
            b.append(index ? "/*" : segment);
            i = end;
        }
        return b.toString();
    }
}
