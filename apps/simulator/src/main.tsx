import '@preact/signals';
import { render } from 'preact';
import { Simulator } from './Simulator';
import './simulator.css';

const root = document.getElementById('simulator');
if (root) render(<Simulator />, root);
