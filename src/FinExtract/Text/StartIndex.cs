namespace FinExtract.Text;

/// <summary>
/// The items of a list (mentions, candidates: anything with a start offset) in text order, to find those that start in a
/// stretch of text by a binary search instead of a walk over all of them. Holds positions into the list, so an item replaced
/// in place (its start unchanged) is read as it is now.
/// </summary>
internal sealed class StartIndex<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly Func<T, int> _start;
    private readonly int[] _order;

    public StartIndex(IReadOnlyList<T> items, Func<T, int> start)
    {
        _items = items;
        _start = start;
        _order = Enumerable.Range(0, items.Count).OrderBy(i => start(items[i])).ThenBy(i => i).ToArray();
    }

    /// <summary>The positions in the list of the items that start in [from, to], in text order, ties in list order.</summary>
    public IEnumerable<int> StartingIn(int from, int to)
    {
        int lo = 0, hi = _order.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_start(_items[_order[mid]]) >= from) hi = mid;
            else lo = mid + 1;
        }
        for (int i = lo; i < _order.Length && _start(_items[_order[i]]) <= to; i++) yield return _order[i];
    }
}
