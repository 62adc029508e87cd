#!/usr/bin/env bash
# Writes the expected targets and tasks of the three shared seeds (corpus/<seed>/expected.tsv) with a plain reading
# of the seed text, independent of the importer: awk over the tab rows of Lào Cai's annexes, over the numbered items
# and their "Cơ quan chủ trì" / "Thời gian thực hiện" lines in Thái Nguyên and Cao Bằng. Thái Nguyên's targets are
# bullet prose and are typed by hand below. Run it, then read the files against the seeds by eye (the README says
# what was checked). hoason/expected.tsv is typed by hand and not written here.
set -euo pipefail
cd "$(dirname "$0")/../.."
SEEDS=${SEEDS:-../shared/seeds}
OUT=src/test/resources/plans/corpus
HEAD=$'kind\tcode\tname\tlead\ttime\ttotal\t2026\t2027\t2028\t2029\t2030'

# name start: the first 40 characters, cut back to a whole word
start='function start(s,   t) { gsub(/^[ \t]+|[ \t]+$/, "", s); gsub(/[*]/, "", s); if (length(s) <= 40) return s;
  t = substr(s, 1, 40); sub(/ [^ ]*$/, "", t); return t }
function tidy(s) { gsub(/[*]/, "", s); gsub(/[ \t]+/, " ", s); gsub(/^ | $/, "", s); sub(/[.;,]$/, "", s); return s }'

# Lào Cai: Phụ lục I columns STT, name, value, aggregator, lead, coordinating; Phụ lục II STT, name, lead,
# coordinating, time, output. A row with an empty first cell continues the previous row cell by cell.
{
  echo "$HEAD"
  awk -F'\t' "$start"'
  /^PHỤ LỤC I$/ { mode = "target"; next }
  /^PHỤ LỤC II$/ { flush(); mode = "task"; next }
  function flush() { if (code != "") print kind "\t" code "\t" start(name) "\t" tidy(lead) "\t" tidy(time) "\t\t\t\t\t\t"; code = "" }
  mode != "" && NF > 1 {
    if ($1 == "STT") next
    if ($1 ~ /^[IVX]+$/) { flush(); next }
    if ($1 ~ /^[0-9]+$/) {
      flush(); kind = mode; code = $1; name = $2
      if (mode == "target") { lead = $5; time = "" } else { lead = $3; time = $5 }
      next
    }
    if (mode == "target") { if ($5 != "") lead = lead " " $5 } else { if ($2 != "") name = name " " $2; if ($3 != "") lead = lead " " $3; if ($5 != "") time = time " " $5 }
  }
  END { flush() }' "$SEEDS"/000_*.txt
} > "$OUT/000/expected.tsv"

# Thái Nguyên and Cao Bằng: an item "1.2. Name" (or "5.1.1 Name") is a task when a line naming its lead agency
# ("Cơ quan chủ trì…:", "Cơ quan thực hiện:") follows before the next item; its time is the "Thời gian thực hiện:"
# line, or the "- phase: time" lines below it when the line itself is empty.
prose='
  function flush() { if (code != "" && lead != "") print "task\t" code "\t" start(name) "\t" tidy(lead) "\t" tidy(time) "\t\t\t\t\t\t"; code = ""; lead = ""; time = ""; intime = 0 }
  { line = $0; gsub(/\*/, "", line) }
  line ~ /^(III|II)\. (NHIỆM VỤ|NỘI DUNG)/ { on = 1; next }
  line ~ /^(III|IV)\. KINH PHÍ/ { flush(); on = 0 }
  !on { next }
  line ~ /^[0-9]+(\.[0-9]+)*\.? / {
    flush(); code = line; sub(/ .*/, "", code); sub(/\.$/, "", code); name = line; sub(/^[0-9.]+ /, "", name); next
  }
  { key = line; sub(/^([a-z]\) |- )/, "", key) }
  key ~ /^Cơ quan (chủ trì|thực hiện)[^:]*:/ && lead == "" { v = key; sub(/^[^:]*: */, "", v); if (v != "") lead = v; intime = 0; next }
  key ~ /^Thời gian thực hiện[^:]*:/ { v = key; sub(/^[^:]*: */, "", v); time = v; intime = (v == ""); next }
  intime && line ~ /^- / { time = time (time == "" ? "" : "; ") substr(line, 3); next }
  END { flush() }'
for seed in 002 003; do
  {
    echo "$HEAD"
    if [ "$seed" = 002 ]; then
      # the bullets of "2. Mục tiêu cụ thể đến năm 2030", split into their measurable targets by hand (no lead agency)
      printf 'target\t%s\t%s\t\t\t\t\t\t\t\t\n' \
        1 "21.600 chủ thể kinh doanh" \
        2 "150 doanh nghiệp khởi nghiệp sáng tạo" \
        3 "100% cơ sở giáo dục đại học, cơ sở giáo dục nghề nghiệp" \
        4 "100% thủ tục hành chính thiết yếu về đăng ký doanh nghiệp" \
        5 "60% chủ thể kinh doanh sử dụng công cụ, nền tảng số" \
        6 "40% chủ thể kinh doanh sử dụng dịch vụ nền tảng số" \
        7 "tối thiểu 07 không gian, trung tâm đổi mới sáng tạo" \
        8 "Chỉ số đổi mới sáng tạo và chỉ số hệ sinh thái" \
        9 "01 doanh nghiệp khởi nghiệp sáng tạo được định giá"
    fi
    # Cao Bằng 3.1 names the province's People's Committee as organiser ("Cơ quan chủ trì tổ chức") and, on the
    # next line, the department that leads the work ("Sở Khoa học và Công nghệ chủ trì, phối hợp …"): both lead.
    awk "$start$prose" "$SEEDS"/${seed}_*.txt \
      | sed 's/^\(task\t3\.1\t[^\t]*\t\)Ủy ban nhân dân tỉnh\t/\1Ủy ban nhân dân tỉnh; Sở Khoa học và Công nghệ\t/'
  } > "$OUT/$seed/expected.tsv"
done
wc -l "$OUT"/*/expected.tsv
