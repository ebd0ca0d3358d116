//! Building blocks shared by the kernels: a workgroup-wide sum and a launch grid of one workgroup
//! per row that stays within the 65,535-workgroup limit of one grid axis.

use cubecl::prelude::*;

/// Sums `value` over every unit of the cube (workgroup). `CUBE_DIM_X` must be a power of two and
/// every unit must call it (it synchronises the cube). Called in a loop, each call reuses the same
/// shared memory, hence the last barrier: no unit may write the next partial sums while another
/// still reads this total.
#[cube]
pub fn cube_sum<F: Float>(value: F, #[comptime] units: u32) -> F {
    let mut partial = Shared::<[F]>::new_slice(units as usize);
    let unit = UNIT_POS_X as usize;
    partial[unit] = value;
    sync_cube();
    let mut stride = CUBE_DIM_X / 2;
    while stride > 0 {
        if UNIT_POS_X < stride {
            partial[unit] = partial[unit] + partial[unit + stride as usize];
        }
        sync_cube();
        stride /= 2;
    }
    let total = partial[0];
    sync_cube();
    total
}

/// One workgroup per row, spread over two grid axes when there are more rows than one axis holds;
/// kernels read their row as `CUBE_POS` and stop when it is past the last row.
pub fn rows_grid(rows: usize) -> CubeCount {
    const MAX_PER_AXIS: usize = 65_535;
    let x = rows.clamp(1, MAX_PER_AXIS);
    CubeCount::Static(x as u32, rows.div_ceil(x).max(1) as u32, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_grid_covers_every_row_within_axis_limits() {
        for rows in [1, 2, 65_535, 65_536, 200_000] {
            let CubeCount::Static(x, y, z) = rows_grid(rows) else { panic!("static grid expected") };
            assert!(x <= 65_535 && y <= 65_535 && z == 1);
            assert!((x as usize) * (y as usize) >= rows, "{rows} rows in {x}x{y}");
            assert!(((x as usize) * (y as usize - 1)) < rows, "a whole idle row of workgroups for {rows}");
        }
    }
}
