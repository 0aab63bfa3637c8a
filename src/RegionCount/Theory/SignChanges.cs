namespace RegionCount.Theory;

/// <summary>
/// Sign changes of a two-layer ReLU network along a line. Restricted to x(t) = t·u + c, each unit is
/// relu(pⱼ·t + qⱼ) with pⱼ = wⱼ·u, qⱼ = wⱼ·c + bⱼ, so f is piecewise linear in t with breakpoints tⱼ = −qⱼ/pⱼ.
/// The exact count evaluates f at the interval's ends and at every breakpoint inside it; between consecutive
/// knots f is linear, so its sign changes are exactly the sign alternations of that sequence (zeros skipped).
/// </summary>
public static class SignChanges
{
    /// <summary>f(t) = Σⱼ aⱼ·relu(pⱼ·t + qⱼ).</summary>
    public static double Evaluate(IReadOnlyList<double> p, IReadOnlyList<double> q, IReadOnlyList<double> a, double t)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(a);
        double sum = 0;
        for (int j = 0; j < a.Count; j++)
        {
            sum += a[j] * Math.Max(0, (p[j] * t) + q[j]);
        }
        return sum;
    }

    /// <summary>The exact number of sign changes of f on [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static int Exact(IReadOnlyList<double> p, IReadOnlyList<double> q, IReadOnlyList<double> a, double from, double to)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (!(from < to))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "sign changes: the interval must satisfy from < to");
        }
        var knots = new List<double> { from, to };
        for (int j = 0; j < p.Count; j++)
        {
            if (p[j] != 0)
            {
                double t = -q[j] / p[j];
                if (t > from && t < to)
                {
                    knots.Add(t);
                }
            }
        }
        knots.Sort();
        return Alternations(knots.Select(t => Evaluate(p, q, a, t)));
    }

    /// <summary>Sign changes seen on <paramref name="points"/> evenly spaced samples (both ends included).</summary>
    public static int OnGrid(IReadOnlyList<double> p, IReadOnlyList<double> q, IReadOnlyList<double> a, double from, double to, int points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        return Alternations(Enumerable.Range(0, points).Select(i => Evaluate(p, q, a, from + ((to - from) * i / (points - 1)))));
    }

    /// <summary>pⱼ = wⱼ·u and qⱼ = wⱼ·c + bⱼ for a network with W [m·d] row-major.</summary>
    public static (double[] P, double[] Q) Restrict(IReadOnlyList<double> w, IReadOnlyList<double> b, LineData line)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(line);
        int d = line.Dimension;
        var p = new double[b.Count];
        var q = new double[b.Count];
        for (int j = 0; j < b.Count; j++)
        {
            q[j] = b[j];
            for (int k = 0; k < d; k++)
            {
                p[j] += w[(j * d) + k] * line.Direction[k];
                q[j] += w[(j * d) + k] * line.Offset[k];
            }
        }
        return (p, q);
    }

    private static int Alternations(IEnumerable<double> values)
    {
        int changes = 0;
        int last = 0;
        foreach (double v in values)
        {
            int sign = Math.Sign(v);
            if (sign != 0)
            {
                if (last != 0 && sign != last)
                {
                    changes++;
                }
                last = sign;
            }
        }
        return changes;
    }
}
