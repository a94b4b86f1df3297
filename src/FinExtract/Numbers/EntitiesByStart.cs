using FinExtract.Entities;

namespace FinExtract.Numbers;

/// <summary>
/// An article's entity mentions indexed by where they start, to hand each number those of its sentence without a walk over
/// all of them (a long text has thousands of numbers and of mentions).
/// </summary>
internal sealed class EntitiesByStart(IReadOnlyList<EntityMention> mentions)
{
    private readonly Text.StartIndex<EntityMention> _index = new(mentions, m => m.Start);

    /// <summary>The mentions that start in [from, to], in the article's own order of mentions.</summary>
    public IReadOnlyList<EntityMention> StartingIn(int from, int to)
    {
        var found = _index.StartingIn(from, to).ToList();
        found.Sort();
        return found.ConvertAll(i => mentions[i]);
    }
}
