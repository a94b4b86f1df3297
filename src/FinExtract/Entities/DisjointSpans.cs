namespace FinExtract.Entities;

/// <summary>
/// Spans that never overlap one another, kept in text order, each with what it holds: finding the spans a new span would
/// overlap is a binary search, not a walk over all of them (the entity stage's choice of one mention per span was quadratic
/// in the number of candidates on a long text).
/// </summary>
internal sealed class DisjointSpans<T>
{
    private readonly List<(int Start, int End, int Order, T Item)> _spans = new();

    public int Count => _spans.Count;

    /// <summary>Of the spans that overlap [start, end), the one added first; false when none does.</summary>
    public bool TryFirstOverlap(int start, int end, out T item)
    {
        item = default!;
        int best = int.MaxValue;
        // spans are disjoint and in order, so their ends are in order too: the first that could overlap ends after start
        for (int i = FirstEndingAfter(start); i < _spans.Count && _spans[i].Start < end; i++)
            if (_spans[i].End > start && _spans[i].Order < best) (best, item) = (_spans[i].Order, _spans[i].Item);
        return best != int.MaxValue;
    }

    /// <summary>Adds a span that overlaps none already here.</summary>
    public void Add(int start, int end, T item)
    {
        int i = FirstEndingAfter(start);
        if (i < _spans.Count && _spans[i].Start < end) throw new InvalidOperationException($"[{start}-{end}) overlaps a span already kept");
        _spans.Insert(i, (start, end, _spans.Count, item));
    }

    private int FirstEndingAfter(int pos)
    {
        int lo = 0, hi = _spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_spans[mid].End > pos) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
