"""校对 on 来源: confirm, correct or reject one figure, with a note; written through etl/reviews.py."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from dashboard import queries, ui
from dashboard.labels import METRIC, STATUS, display_value, highlighted
from etl import reviews
from etl.reviews import Review

ACTIONS = {"confirm": "确认无误", "correct": "更正", "reject": "删除（不是数据）"}
UNITS = {"CNY": "元", "USD": "美元", "count": "个数", "percent": "%"}
SCALES = {"元": 1.0, "万元": 1e4, "亿元": 1e8}  # money is typed as an editor writes it
ORPHANS = "review_orphans"
SAVED = "review_saved"  # the message outlives the rerun that follows a save; a toast before st.rerun may be lost


def _label(row: pd.Series) -> str:
    year = "年份不详" if pd.isna(row["year"]) else f"{int(row['year'])}年"
    mark = " ✓" if row["reviewed"] else ""
    return (f"{row['park']} · {METRIC.get(row['metric'], row['metric'])} · "
            f"{display_value(row['value'], row['unit'], row['qualifier'])} · {year} · {row['sentence'][:24]}…{mark}")


def _scale(value: float, unit: str) -> str:
    if unit not in ("CNY", "USD"):
        return "元"
    return "亿元" if abs(value) >= 1e8 else "万元" if abs(value) >= 1e4 else "元"


def form(rows: pd.DataFrame) -> None:
    """Pick a figure of the table, then confirm, correct or reject it."""
    st.subheader("校对")
    if message := st.session_state.pop(SAVED, None):
        st.success(message, icon=":material/check:")
    if rows.empty:
        return
    by_id = rows.drop_duplicates("figure_id").set_index("figure_id")
    picked = st.selectbox("选择要校对的数据（可输入园区、指标或数字搜索）", list(by_id.index), index=None,
                          format_func=lambda fid: _label(by_id.loc[fid]), key="review_pick",
                          placeholder="选择一条数据")
    if picked is None:
        return
    row = by_id.loc[picked]
    st.caption("原句：" + highlighted(row["sentence"], int(row["hl_start"]), int(row["hl_end"])))
    if row["reviewed"]:
        left, right = st.columns([4, 1])
        left.caption("已校对" + (f"：{row['review_note']}" if row["review_note"] else ""))
        if right.button("撤销校对", key="review_undo", icon=":material/undo:"):
            reviews.forget(ui.db(), [picked])
            st.rerun()
    with st.form("review_form", border=True):
        action = st.radio("操作", list(ACTIONS), format_func=ACTIONS.get, horizontal=True, key="review_action")
        left, middle, right = st.columns(3)
        park = left.text_input("园区", row["park"], key="review_park")
        metric = middle.selectbox("指标", list(METRIC), index=list(METRIC).index(row["metric"]),
                                  format_func=METRIC.get, key="review_metric")
        year = right.number_input("年份", 1949, 2100, None if pd.isna(row["year"]) else int(row["year"]), step=1,
                                  key="review_year", placeholder="年份不详")
        scale = _scale(row["value"], row["unit"])
        left, middle, right = st.columns(3)
        shown = left.number_input(f"数值（{scale}）" if row["unit"] in ("CNY", "USD") else "数值",
                                  value=float(row["value"]) / SCALES[scale], format="%.10g", key="review_value")
        unit = middle.selectbox("单位", list(UNITS), index=list(UNITS).index(row["unit"]), format_func=UNITS.get,
                                key="review_unit")
        status = right.selectbox("状态", list(STATUS), index=list(STATUS).index(row["status"]),
                                 format_func=STATUS.get, key="review_status")
        note = st.text_input("备注（可选）", key="review_note", placeholder="例如：原文是计划数，不是完成数")
        saved = st.form_submit_button("保存校对", type="primary", icon=":material/check:")
    if not saved:
        return
    fields = {"park": park.strip(), "metric": metric, "value": round(shown * SCALES[scale], 6), "unit": unit,
              "year": None if year is None else int(year), "status": status}
    review = _review(picked, action, row, fields, note.strip())
    if review is None:
        st.warning("没有改动：更正时请修改至少一项。")
        return
    reviews.record(ui.db(), [review])
    st.session_state[SAVED] = f"已保存：{ACTIONS[action]}"
    st.rerun()  # every chart, table and download reads the review at once (queries cache on the reviews file)


def _review(figure_id: str, action: str, row: pd.Series, fields: dict, note: str) -> Review | None:
    """The review the form describes. A correction keeps the figure's earlier corrections and adds the fields
    that differ from what is shown; None when a correction changes nothing."""
    if action != "correct":
        return Review(figure_id, action, note=note)
    earlier = reviews.load(ui.db()).get(figure_id)
    kept = {k: getattr(earlier, k) for k in reviews.CORRECTABLE} if earlier and earlier.action == "correct" else {}
    changed = {k: v for k, v in fields.items() if v is not None and not _same(v, row[k])}
    if not changed:
        return None
    return Review(figure_id, "correct", note=note, **{k: v for k, v in (kept | changed).items() if v is not None})


def _same(new: object, old: object) -> bool:
    if isinstance(new, float) and isinstance(old, int | float):
        return math.isclose(new, float(old), rel_tol=1e-9)
    return new == old


def kept_apart() -> None:
    """Rejected figures (to restore one) and orphaned reviews, whose figure is gone: listed, never lost."""
    orphans = queries.orphaned_reviews(ui.db())
    gone = {r.figure_id for r in orphans}
    rejected = [r for r in reviews.load(ui.db()).values() if r.action == "reject" and r.figure_id not in gone]
    if rejected:
        with st.expander(f"已删除的数据 {len(rejected)} 条（不在任何图表和下载中）"):
            st.dataframe(reviews.as_frame(rejected)[["figure_id", "note"]], hide_index=True, key="review_rejected")
            back = st.multiselect("恢复", [r.figure_id for r in rejected], key="review_restore_pick")
            if st.button("恢复所选数据", key="review_restore", disabled=not back):
                reviews.forget(ui.db(), back)
                st.rerun()
    if orphans:
        with st.expander(f"{len(orphans)} 条校对找不到对应的数据（页面已改动或移除），仍保存在校对文件中"):
            st.dataframe(reviews.as_frame(orphans), hide_index=True, key=ORPHANS)
