"""Write README.md from the markdown cells of nbs/index.ipynb (nbdev_readme needs Quarto, which we do without), with
`<!-- headline -->` replaced by the summary of results/ (`mist_nb.experiment.headline`).

`python tools/readme.py --check` exits 1 if README.md is out of date."""
import json, sys
from pathlib import Path

top = Path(__file__).resolve().parents[1]
cells = json.loads((top / "nbs" / "index.ipynb").read_text())["cells"]
text = "\n\n".join("".join(c["source"]).strip() for c in cells if c["cell_type"] == "markdown") + "\n"
sys.path.insert(0, str(top))
from mist_nb.experiment import headline
text = text.replace("<!-- headline -->", headline(top / "results"))
text = "<!-- generated from nbs/index.ipynb by tools/readme.py; edit the notebook -->\n\n" + text
readme = top / "README.md"
if "--check" in sys.argv:
    if readme.read_text() != text: sys.exit("README.md is out of date: run `python tools/readme.py`")
else:
    readme.write_text(text)
