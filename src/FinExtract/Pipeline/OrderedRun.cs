using System.Diagnostics;

namespace FinExtract.Pipeline;

/// <summary>When an item has run too long to be waited for, and what is written in its place.</summary>
/// <param name="After">How long an item may run before it is set aside.</param>
/// <param name="SetAside">The result written for an item set aside.</param>
public sealed record Watchdog<TIn, TOut>(TimeSpan After, Func<TIn, TOut> SetAside);

/// <summary>
/// The workers and the ordered hand-over of <see cref="BatchRunner.ProcessOrdered"/>: workers take items in order and park
/// their results; the writer takes them back in input order, setting aside an item that a watchdog gives up on.
/// </summary>
internal sealed class OrderedRun<TIn, TOut>
{
    private readonly IReadOnlyList<TIn> _items;
    private readonly Func<TIn, TOut> _process;
    private readonly Dictionary<int, TOut> _results = new();
    private readonly Dictionary<int, (long Started, Thread Worker)> _running = new();
    private readonly HashSet<int> _setAside = new();
    private readonly HashSet<Thread> _stuck = new();
    private readonly List<Thread> _workers = new();
    private readonly object _gate = new();
    private readonly SemaphoreSlim _slots;
    private int _next = -1;
    private Exception? _fault;

    public OrderedRun(IReadOnlyList<TIn> items, Func<TIn, TOut> process, int threads)
    {
        _items = items;
        _process = process;
        _slots = new SemaphoreSlim(threads * 4, threads * 4);
    }

    public void Start(int threads)
    {
        for (int w = 0; w < threads; w++) StartWorker();
    }

    private void StartWorker()
    {
        var t = new Thread(Work, 16 * 1024 * 1024) { IsBackground = true, Name = $"finextract-worker-{_workers.Count}" };
        _workers.Add(t);
        t.Start();
    }

    private void Work()
    {
        while (true)
        {
            _slots.Wait();
            int i = Interlocked.Increment(ref _next);
            if (i >= _items.Count || Volatile.Read(ref _fault) != null)
            {
                _slots.Release();
                return;
            }
            lock (_gate) _running[i] = (Stopwatch.GetTimestamp(), Thread.CurrentThread);
            TOut r;
            try
            {
                r = _process(_items[i]);
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _fault ??= e;
                    Monitor.PulseAll(_gate);
                }
                _slots.Release();
                return;
            }
            lock (_gate)
            {
                _running.Remove(i);
                // a result that comes after its item was set aside is dropped: the writer has moved past it
                if (!_setAside.Remove(i)) _results[i] = r;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>The result of item <paramref name="k"/>, waiting for it; false when a worker failed.</summary>
    public bool Next(int k, Watchdog<TIn, TOut>? watchdog, out TOut result)
    {
        lock (_gate)
        {
            while (!_results.Remove(k, out result!))
            {
                if (_fault != null) return false;
                if (watchdog == null) { Monitor.Wait(_gate); continue; }
                Monitor.Wait(_gate, TimeSpan.FromMilliseconds(200));
                if (_running.TryGetValue(k, out var run) && Stopwatch.GetElapsedTime(run.Started) > watchdog.After)
                {
                    _running.Remove(k);
                    _setAside.Add(k);
                    _stuck.Add(run.Worker);
                    StartWorker();
                    result = watchdog.SetAside(_items[k]);
                    return true;
                }
            }
            return true;
        }
    }

    /// <summary>A result was written: its slot is free for the next item.</summary>
    public void Written() => _slots.Release();

    /// <summary>Waits for the workers that can still end, and rethrows a worker's failure.</summary>
    public void Finish()
    {
        List<Thread> waitFor;
        lock (_gate) waitFor = _workers.Where(t => !_stuck.Contains(t)).ToList();
        foreach (var t in waitFor) t.Join();
        if (_fault != null) throw new AggregateException("a worker failed", _fault);
    }
}
