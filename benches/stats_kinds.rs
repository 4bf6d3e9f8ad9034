//! Cost of the statistics of the newer question kinds: the minimum detectable change (noncentral t
//! by AS 243 inside a bisection) for a few group sizes, and single-choice shares of 10,000 answers.
//! Prints figures; asserts nothing.
#![allow(clippy::unwrap_used, missing_docs)]

use candor::stats::{choice_shares, mdc};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn bench_mdc(c: &mut Criterion) {
    for (n1, n2) in [(2, 2), (12, 30), (60, 60), (500, 800)] {
        c.bench_function(&format!("mdc {n1}x{n2}"), |b| b.iter(|| mdc(black_box(n1), black_box(n2), 1.0)));
    }
}

fn bench_choice_shares(c: &mut Criterion) {
    let answers: Vec<f64> = (0..10_000).map(|i| f64::from(i % 5 + 1)).collect();
    c.bench_function("choice_shares 10000 answers, 5 options", |b| {
        b.iter(|| choice_shares(black_box(&answers), 5).unwrap())
    });
}

criterion_group!(benches, bench_mdc, bench_choice_shares);
criterion_main!(benches);
