# Two commands, both set-up-free on a fresh machine with Python 3.11:
#   make reproduce  creates .venv if missing, then runs the table notebooks with the best preset this machine supports
#   make test       creates .venv if missing, then runs every test (nbdev_test over the notebooks, then pytest)
# and a quick one: make demo (a 3-minute CPU demo of MIST learning).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# torch/torchvision pair that imports together (x86_64: PyPI's torchvision does not import beside the CPU-only torch 2.13 wheel); override e.g. TORCH="torch==2.9.1 torchvision==0.24.1"
TORCH  ?= torch==2.14.1 torchvision==0.29.1

.PHONY: reproduce demo test env
env: $(VENV)/.ready

$(VENV)/.ready: settings.ini setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q $(TORCH)
	$(BIN)/pip install -q -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (mist_nb)"
	touch $@

reproduce: $(VENV)/.ready
	$(BIN)/python -m mist_nb.experiment $(ARGS)

demo: $(VENV)/.ready
	$(BIN)/python -m mist_nb.demo

test: $(VENV)/.ready
	PATH="$(CURDIR)/$(BIN):$$PATH" bash tools/test.sh
