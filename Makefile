PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus
DB ?= build/demo.lbdb

.PHONY: install demo test bench clean

$(BIN)/kg: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/kg

install: $(BIN)/kg

demo: install
	mkdir -p $(dir $(DB))
	$(BIN)/kg build $(CORPUS) --db $(DB)
	$(BIN)/kg reports --db $(DB)
	$(BIN)/kg query cities_citing --db $(DB) --param strategy=京津冀协同发展
	$(BIN)/kg query cities_citing --db $(DB) --param strategy=一带一路
	$(BIN)/kg query strategies_of_place --db $(DB) --param place=石家庄市
	$(BIN)/kg query shared_strategies --db $(DB) --param a=河北省 --param b=辽宁省

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/build.py $(CORPUS)

clean:
	rm -rf build .pytest_cache
