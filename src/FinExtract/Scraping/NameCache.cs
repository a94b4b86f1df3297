using System.Collections.Concurrent;

namespace FinExtract.Scraping;

/// <summary>
/// What a class or id string says, computed once per distinct string and shared by all threads, up to a
/// bound (ids like "comment-12345" are endless). The entries are counted here: ConcurrentDictionary.Count
/// takes every lock of the dictionary, and a page with hundreds of new names paid that on each one.
/// </summary>
internal sealed class NameCache<T>
{
    private readonly ConcurrentDictionary<string, T> _map = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private int _count;

    public NameCache(int capacity = 100_000) => _capacity = capacity;

    /// <summary>The cached value of <paramref name="name"/>, computing and keeping it when there is room.</summary>
    public T Get(string name, Func<string, T> compute)
    {
        if (_map.TryGetValue(name, out var value)) return value;
        value = compute(name);
        if (Volatile.Read(ref _count) < _capacity && _map.TryAdd(name, value)) Interlocked.Increment(ref _count);
        return value;
    }
}
