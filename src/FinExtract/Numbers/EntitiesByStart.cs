using FinExtract.Entities;

namespace FinExtract.Numbers;

/// <summary>
/// An article's entity mentions indexed by where they start, to hand each number those of its sentence without a walk over
/// all of them (a long text has thousands of numbers and of mentions).
/// </summary>
internal sealed class EntitiesByStart
{
    private readonly IReadOnlyList<EntityMention> _mentions;
    private readonly int[] _order;

    public EntitiesByStart(IReadOnlyList<EntityMention> mentions)
    {
        _mentions = mentions;
        _order = Enumerable.Range(0, mentions.Count).OrderBy(i => mentions[i].Start).ThenBy(i => i).ToArray();
    }

    /// <summary>The mentions that start in [from, to], in the article's own order of mentions.</summary>
    public IReadOnlyList<EntityMention> StartingIn(int from, int to)
    {
        int lo = 0, hi = _order.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_mentions[_order[mid]].Start >= from) hi = mid;
            else lo = mid + 1;
        }
        var found = new List<int>();
        for (int i = lo; i < _order.Length && _mentions[_order[i]].Start <= to; i++) found.Add(_order[i]);
        found.Sort();
        return found.ConvertAll(i => _mentions[i]);
    }
}
