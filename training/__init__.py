"""Training jobs (SFT and DPO with TRL + PEFT) and model versions: see issue "Training"."""
