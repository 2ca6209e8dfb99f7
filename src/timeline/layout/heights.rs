//! Dividing the timeline's height between lanes by what each one holds.

/// Heights for lanes that would each like `needed`, within `available` points.
///
/// When everything fits, each lane gets what it needs and the rest is shared
/// among the lanes that hold more than a header. Otherwise the tallest lanes
/// are cut to a common cap (water-filling), never below their floor: `least`,
/// or what the lane needs to title its Key events (`floors`), or its whole
/// need if smaller. So a lane with two events is never as tall as one with
/// forty, and turning points keep their titles first.
pub fn share(needed: &[f32], floors: &[f32], least: f32, available: f32) -> Vec<f32> {
    let total: f32 = needed.iter().sum();
    if total <= available {
        let busy = needed.iter().filter(|&&n| n > least).count();
        let extra = if busy == 0 {
            0.0
        } else {
            (available - total) / busy as f32
        };
        return needed
            .iter()
            .map(|&n| if n > least { n + extra } else { n })
            .collect();
    }
    let floor = |k: usize| needed[k].min(least.max(floors.get(k).copied().unwrap_or(0.0)));
    let height = |k: usize, cap: f32| needed[k].min(cap.max(floor(k)));
    let at_cap = |cap: f32| -> f32 { (0..needed.len()).map(|k| height(k, cap)).sum() };
    let (mut low, mut high) = (0.0_f32, needed.iter().copied().fold(0.0, f32::max));
    for _ in 0..40 {
        let mid = (low + high) / 2.0;
        if at_cap(mid) <= available {
            low = mid;
        } else {
            high = mid;
        }
    }
    (0..needed.len()).map(|k| height(k, low)).collect()
}

#[cfg(test)]
mod tests {
    use super::share;

    #[test]
    fn lanes_that_fit_get_their_need_and_busy_ones_share_the_rest() {
        let h = share(&[40.0, 100.0, 200.0], &[], 50.0, 500.0);
        assert_eq!(h[0], 40.0, "a nearly empty lane stays small");
        assert!((h.iter().sum::<f32>() - 500.0).abs() < 0.01);
        assert!(h[2] > h[1]);
    }

    #[test]
    fn when_space_runs_out_the_tallest_are_cut_first() {
        let h = share(&[40.0, 100.0, 400.0], &[], 50.0, 300.0);
        assert_eq!(h[0], 40.0);
        assert!((h.iter().sum::<f32>() - 300.0).abs() < 0.5, "{h:?}");
        assert!(h[1] <= 100.0 && h[2] >= h[1]);
    }

    #[test]
    fn a_lane_keeps_the_height_its_key_events_need() {
        let h = share(&[200.0, 200.0], &[150.0, 0.0], 50.0, 250.0);
        assert!(h[0] >= 150.0, "{h:?}");
        assert!((h.iter().sum::<f32>() - 250.0).abs() < 0.5);
    }
}
