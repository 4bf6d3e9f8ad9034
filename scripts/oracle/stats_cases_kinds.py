#!/usr/bin/env python3
"""Oracle cases for the statistics of the newer question kinds: tests/data/stats-cases-kinds.json.

Three-point (red/amber/green) answers, single-choice shares, the pooled standard deviation and the
minimum detectable change (MDC) of a pooled two-sample t-test. tests/stats_oracle_kinds.rs checks
every figure of every case.

Run by hand (not by CI, not by scripts/test.sh), from the repository root:

    python3 -m venv /tmp/oracle && /tmp/oracle/bin/pip install scipy statsmodels numpy
    /tmp/oracle/bin/python scripts/oracle/stats_cases_kinds.py

Last run with Python 3.11, scipy 1.17.1, statsmodels 0.15.0, numpy 2.4.6. The data are seeded, so
a rerun with the same versions writes the same file.
"""

import json
import math
import sys
import warnings
from pathlib import Path

import numpy as np
import scipy
import statsmodels
from scipy import optimize, stats
from statsmodels.stats.power import TTestIndPower

OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "stats-cases-kinds.json"
SEED = 20261202
ALPHA, POWER = 0.05, 0.8
MDC_SIZES = [2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60]
MDC_SDS = [0.45, 0.8, 1.0, 1.27, 2.1]

DEFINITIONS = {
    "describe": "n; mean; sd with n-1; ci95 = mean -/+ t(0.975, n-1) * sd / sqrt(n); sd and ci95 null for n < 2; "
    "mean null for n = 0",
    "favorable_green": "three-point answers (1 red, 2 amber, 3 green): share of answers == 3; null for n = 0",
    "favorable_green_wilson95": "scipy.stats.binomtest(count of 3, n).proportion_ci(0.95, method='wilson'); "
    "null for n = 0",
    "favorable_five": "five-point answers: share of answers >= 4 (the existing favorable()); null for n = 0",
    "favorable_five_wilson95": "scipy.stats.binomtest(count >= 4, n).proportion_ci(0.95, method='wilson')",
    "choice_shares": "single choice with options 1..=options: per option, in order: option, count, "
    "share = count / n, wilson95 = scipy.stats.binomtest(count, n).proportion_ci(0.95, method='wilson'); "
    "share and wilson95 null for n = 0",
    "pooled_sd": "sqrt((sum (a - mean a)^2 + sum (b - mean b)^2) / (len a + len b - 2)); null when a group "
    "has fewer than 2 values",
    "mdc": "pooled_sd (or sd) * d, d = TTestIndPower().solve_power(effect_size=None, nobs1=n1, "
    "ratio=n2/n1, alpha=0.05, power=0.8, alternative='two-sided') with the solver's xtol tightened from "
    "its default 1e-5 to 1e-14 (start_bqexp['effect_size'] = {'xtol': 1e-14}); agrees with "
    "scipy.optimize.brentq on TTestIndPower().power to 1e-12 relative; null for n1 < 2, n2 < 2 or sd <= 0",
    "mdc_statsmodels_default": "the same with solve_power exactly as shipped (xtol 1e-5 on d, so only "
    "about 3e-6 relative); null where mdc is null",
}


def wilson(k, n):
    if n == 0:
        return None
    ci = stats.binomtest(k, n).proportion_ci(0.95, method="wilson")
    return [float(ci.low), float(ci.high)]


def describe(xs):
    xs = np.asarray(xs, dtype=float)
    n = len(xs)
    mean = float(np.mean(xs)) if n else None
    if n < 2:
        return {"n": n, "mean": mean, "sd": None, "ci95": None}
    sd = float(np.std(xs, ddof=1))
    half = stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
    return {"n": n, "mean": mean, "sd": sd, "ci95": [mean - half, mean + half]}


def share(k, n):
    return k / n if n else None


def three_point_case(answers):
    k = sum(1 for x in answers if x == 3)
    return {
        "kind": "three_point",
        "answers": answers,
        "describe": describe(answers),
        "favorable_green": share(k, len(answers)),
        "favorable_green_wilson95": wilson(k, len(answers)),
    }


def five_point_case(answers):
    k = sum(1 for x in answers if x >= 4)
    return {
        "kind": "five_point",
        "answers": answers,
        "favorable_five": share(k, len(answers)),
        "favorable_five_wilson95": wilson(k, len(answers)),
    }


def choice_case(answers, options):
    n = len(answers)
    rows = []
    for option in range(1, options + 1):
        k = sum(1 for x in answers if x == option)
        rows.append({"option": option, "count": k, "share": share(k, n), "wilson95": wilson(k, n)})
    return {"kind": "choice", "answers": answers, "options": options, "choice_shares": rows}


def tight_power_analysis():
    analysis = TTestIndPower()
    analysis.start_bqexp["effect_size"] = {"xtol": 1e-14}
    return analysis


TIGHT = tight_power_analysis()
SHIPPED = TTestIndPower()


def solve_effect(analysis, n1, n2):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return float(
            analysis.solve_power(
                effect_size=None, nobs1=n1, ratio=n2 / n1, alpha=ALPHA, power=POWER, alternative="two-sided"
            )
        )


def check_effect(d, n1, n2):
    """The tightened solve_power agrees with a direct brentq on statsmodels' power function."""
    f = lambda x: SHIPPED.power(x, n1, ALPHA, ratio=n2 / n1) - POWER  # noqa: E731
    root = optimize.brentq(f, 0.9 * d, 1.1 * d, xtol=1e-15, rtol=1e-15)
    assert abs(root - d) <= 1e-12 * root, (n1, n2, d, root)


def mdc_figures(n1, n2, sd):
    if n1 < 2 or n2 < 2 or not sd > 0:
        return None, None
    d = solve_effect(TIGHT, n1, n2)
    check_effect(d, n1, n2)
    return d * sd, solve_effect(SHIPPED, n1, n2) * sd


def mdc_case(n1, n2, sd):
    mdc, shipped = mdc_figures(n1, n2, sd)
    return {"kind": "mdc", "n1": n1, "n2": n2, "sd": sd, "mdc": mdc, "mdc_statsmodels_default": shipped}


def pooled_sd(a, b):
    if len(a) < 2 or len(b) < 2:
        return None
    ss = np.sum((np.asarray(a) - np.mean(a)) ** 2) + np.sum((np.asarray(b) - np.mean(b)) ** 2)
    return float(math.sqrt(ss / (len(a) + len(b) - 2)))


def answers_mdc_case(a, b):
    sd = pooled_sd(a, b)
    mdc, shipped = mdc_figures(len(a), len(b), sd) if sd is not None else (None, None)
    return {"kind": "pooled", "a": a, "b": b, "pooled_sd": sd, "mdc": mdc, "mdc_statsmodels_default": shipped}


def answers(rng, n, points, weights=None):
    return [int(x) for x in rng.choice(np.arange(1, points + 1), size=n, p=weights)]


def rated_cases(rng):
    edges = [[], [1], [3], [2, 3], [1, 1], [3, 3, 3, 3], [2] * 7, [1] * 12, [1, 2, 3]]
    cases = [three_point_case(a) for a in edges]
    for n in [3, 5, 8, 12, 20, 35, 60, 150]:
        for weights in [None, [0.1, 0.3, 0.6], [0.5, 0.3, 0.2]]:
            cases.append(three_point_case(answers(rng, n, 3, weights)))
    five_edges = [[], [5], [3], [4, 4], [1] * 6]
    cases += [five_point_case(a) for a in five_edges]
    cases += [five_point_case(answers(rng, n, 5)) for n in [4, 9, 25, 80]]
    return cases


def choice_cases(rng):
    cases = [choice_case([], 3), choice_case([2], 2), choice_case([1, 1], 4), choice_case([5] * 9, 5)]
    cases.append(choice_case([1, 2], 2))
    for options in [2, 3, 4, 5]:
        for n in [3, 7, 15, 40, 120]:
            cases.append(choice_case(answers(rng, n, options), options))
        skew = np.array([0.7] + [0.3 / (options - 1)] * (options - 1))
        cases.append(choice_case(answers(rng, 25, options, skew), options))
    return cases


def mdc_cases(rng):
    cases = []
    for i, n1 in enumerate(MDC_SIZES):
        for j, n2 in enumerate(MDC_SIZES):
            cases.append(mdc_case(n1, n2, MDC_SDS[(i + j) % len(MDC_SDS)]))
    cases += [mdc_case(1, 10, 1.0), mdc_case(10, 1, 1.0), mdc_case(5, 5, 0.0)]
    for n1, n2 in [(2, 2), (2, 9), (6, 31), (18, 22), (60, 4)]:
        cases.append(answers_mdc_case(answers(rng, n1, 5), answers(rng, n2, 5)))
    cases += [answers_mdc_case([3], [1, 2, 5]), answers_mdc_case([4, 4], [4, 4, 4])]
    return cases


def main():
    rng = np.random.default_rng(SEED)
    cases = rated_cases(rng) + choice_cases(rng) + mdc_cases(rng)
    oracle = {
        "generator": f"scripts/oracle/stats_cases_kinds.py: Python {sys.version.split()[0]}, "
        f"scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, numpy {np.__version__}; seed {SEED}",
        "definitions": DEFINITIONS,
        "cases": cases,
    }
    OUT.write_text(json.dumps(oracle, indent=1) + "\n")
    print(f"{len(cases)} cases written to {OUT}")


if __name__ == "__main__":
    main()
